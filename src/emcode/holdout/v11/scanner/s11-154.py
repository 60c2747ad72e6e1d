import random
import secrets

QUESTIONS = ["What is 2+2?", "Capital of France?", "Largest planet?", "H2O is?"]


def new_quiz(seed=None):
    order = QUESTIONS[:]
    random.Random(seed).shuffle(order)
    return {"quiz_id": secrets.token_urlsafe(8), "questions": order}


if __name__ == "__main__":
    print(new_quiz())
