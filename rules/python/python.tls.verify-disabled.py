import httpx
import requests
import urllib3

AVATAR_SERVICE = "https://avatars.internal.example"


def fetch_avatar(user_id: int) -> bytes:
    # ruleid: python.tls.verify-disabled
    return requests.get(f"{AVATAR_SERVICE}/{user_id}.png", verify=False, timeout=10).content


def fetch_avatar_safe(user_id: int) -> bytes:
    # ok: python.tls.verify-disabled
    return requests.get(f"{AVATAR_SERVICE}/{user_id}.png", timeout=10).content


def internal_client():
    # ruleid: python.tls.verify-disabled
    return httpx.Client(base_url="https://billing.internal.example", verify=False)


def internal_client_safe():
    # ok: python.tls.verify-disabled
    return httpx.Client(base_url="https://billing.internal.example", verify="/etc/ssl/internal-ca.pem")


def session_for_legacy():
    s = requests.Session()
    # ruleid: python.tls.verify-disabled
    s.verify = False
    return s


def pool():
    # ruleid: python.tls.verify-disabled
    return urllib3.PoolManager(cert_reqs="CERT_NONE")


def check_signature(payload, sig):
    # ok: python.tls.verify-disabled
    return jwt_helper.decode(payload, sig, verify=False)
