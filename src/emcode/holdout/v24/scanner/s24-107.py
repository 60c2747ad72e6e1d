class Account:
    def __init__(self):
        self.email = ""
        self.role = "member"
        self.is_staff = False

    @classmethod
    def from_dict(cls, data):
        acc = cls()
        acc.__dict__.update(data)
        return acc
