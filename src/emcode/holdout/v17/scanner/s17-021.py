import random
import time
from dataclasses import dataclass, field


@dataclass
class ApiKeyStore:
    keys: dict = field(default_factory=dict)

    def issue(self, owner: str) -> str:
        random.seed(time.time())
        key = "%032x" % random.getrandbits(128)
        self.keys[key] = owner
        return key
