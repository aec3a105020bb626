import smtplib
import ssl
import urllib.request


def fetch(url):
    # ruleid: python.tls.unverified-ssl-context
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()


def fetch_safe(url):
    # ok: python.tls.unverified-ssl-context
    ctx = ssl.create_default_context()
    return urllib.request.urlopen(url, context=ctx).read()


def send_mail(host, msg):
    ctx = ssl.create_default_context()
    # ruleid: python.tls.unverified-ssl-context
    ctx.check_hostname = False
    # ruleid: python.tls.unverified-ssl-context
    ctx.verify_mode = ssl.CERT_NONE
    with smtplib.SMTP_SSL(host, 465, context=ctx) as smtp:
        smtp.send_message(msg)


def strict(host):
    ctx = ssl.create_default_context()
    # ok: python.tls.unverified-ssl-context
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx
