import random
import time
from dataclasses import dataclass


@dataclass
class ApiKey:
    owner: str
    value: str


def issue_key(owner: str) -> ApiKey:
    random.seed(time.time())
    value = "%032x" % random.getrandbits(128)
    return ApiKey(owner=owner, value=value)


if __name__ == "__main__":
    print(issue_key("billing-service"))
