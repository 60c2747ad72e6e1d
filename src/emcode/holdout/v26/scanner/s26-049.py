import random
import secrets
from dataclasses import dataclass, field


@dataclass
class ExamSitting:
    questions: list[str]
    seed: int = 0
    access_code: str = field(default_factory=lambda: secrets.token_hex(4))

    def ordered_questions(self) -> list[str]:
        rng = random.Random(self.seed)
        order = list(self.questions)
        rng.shuffle(order)
        return order


sitting = ExamSitting(["q1", "q2", "q3", "q4"], seed=17)
print(sitting.access_code, sitting.ordered_questions())
