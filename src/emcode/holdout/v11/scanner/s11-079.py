import operator
from dataclasses import dataclass

OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "==": operator.eq}


@dataclass
class Rule:
    name: str
    field: str
    op: str
    value: float
    action: str

    def matches(self, reading: dict) -> bool:
        fn = OPS.get(self.op)
        if fn is None or self.field not in reading:
            return False
        return fn(float(reading[self.field]), self.value)


def evaluate(rules, reading):
    return [r.action for r in rules if r.matches(reading)]
