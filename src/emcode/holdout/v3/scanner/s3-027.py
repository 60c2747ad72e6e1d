from Crypto.Cipher import DES
from Crypto.Random import get_random_bytes
from flask import Flask, request

app = Flask(__name__)
KEY = get_random_bytes(8)


@app.route("/cards", methods=["POST"])
def store_card():
    number = request.form["number"].encode()
    iv = get_random_bytes(8)
    cipher = DES.new(KEY, DES.MODE_CBC, iv)
    padded = number + b" " * (8 - len(number) % 8)
    token = iv + cipher.encrypt(padded)
    db_save(request.form["holder"], tok