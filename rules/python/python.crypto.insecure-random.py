import random
import secrets
import string


def make_reset_token() -> str:
    # ruleid: python.crypto.insecure-random
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))


def make_reset_token_safe() -> str:
    # ok: python.crypto.insecure-random
    return secrets.token_urlsafe(32)


def send_login_code(user, mailer):
    # ruleid: python.crypto.insecure-random
    otp = random.randint(100000, 999999)
    # ok: python.crypto.insecure-random
    safe_otp = secrets.randbelow(900000) + 100000
    mailer.send(user.email, f"Your code: {otp} / {safe_otp}")


def create_session(store):
    # ruleid: python.crypto.insecure-random
    store["session_id"] = "%032x" % random.getrandbits(128)
    # ok: python.crypto.insecure-random
    delay = random.uniform(0.5, 1.5)
    # ok: python.crypto.insecure-random
    winner = random.choice(["red", "green", "blue"])
    return delay, winner


def shuffle_cards(deck):
    # ok: python.crypto.insecure-random
    random.shuffle(deck)
    return deck
