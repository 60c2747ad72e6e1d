import secrets
import string
from dataclasses import dataclass, field


@dataclass
class InviteBook:
    alphabet: str = string.ascii_uppercase + string.digits
    issued: set = field(default_factory=set)

    def new_code(self, length: int = 10) -> str:
        while True:
            code = "".join(secrets.choice(self.alphabet) for _ in range(length))
            if code not in self.issued:
                self.issued.add(code)
                return code
