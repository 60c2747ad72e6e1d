class Account:
    PUBLIC_FIELDS = ("email", "display_name")

    def __init__(self) -> None:
        self.email = ""
        self.display_name = ""
        self.role = "member"
        self.is_staff = False

    @classmethod
    def from_dict(cls, data: dict) -> "Account":
        acc = cls()
        for key in cls.PUBLIC_FIELDS:
            if key in data:
                setattr(acc, key, str(data[key]))
        return acc
