import socket
import ssl


def legacy_client(host):
    # ruleid: python.tls.old-protocol
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def lenient_client(host):
    ctx = ssl.create_default_context()
    # ruleid: python.tls.old-protocol
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def modern_client(host):
    # ok: python.tls.old-protocol
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ok: python.tls.old-protocol
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)
