import hashlib


class PasswordHasher:
    iterations = 150000

    def salt_for(self, email):
        return hashlib.sha1(email.encode()).digest()

    def hash(self, email, password):
        return hashlib.pbkdf2_hmac("sha512", password.encode(), self.salt_for(email), self.iterations).hex()
