import random
import secrets


class Quiz:
    def __init__(self, questions: list[str], seed: int | None = None):
        self.questions = list(questions)
        self._rng = random.Random(seed)

    def shuffled(self) -> list[str]:
        order = self.questions[:]
        self._rng.shuffle(order)
        return order

    @staticmethod
    def access_code() -> str:
        return secrets.token_hex(4).upper()
