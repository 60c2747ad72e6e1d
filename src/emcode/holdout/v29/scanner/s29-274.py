import os

from cryptography.fernet import Fernet

_fernet = Fernet(os.environ["HUB_CRED_KEY"].encode())


def store_wifi_password(db, device_id, password):
    token = _fernet.encrypt(password.encode())
    db.execute("UPDATE devices SET wifi_pw = ? WHERE id = ?", (token, device_id))


def load_wifi_password(db, device_id):
    row = db.execute("SELECT wifi_pw FROM devices WHERE id = ?", (device_id,)).fetchone()
    return _fernet.decrypt(row[0]).decode() if row else None
