import random
import sys

VOCAB = {
    "el perro": "the dog", "la casa": "the house", "el libro": "the book",
    "la manzana": "the apple", "el coche": "the car", "la playa": "the beach",
}


def quiz(rounds=5):
    items = list(VOCAB.items())
    random.shuffle(items)
    score = 0
    for es, en in items[:rounds]:
        answer = input(f"{es} = ? ").strip().lower()
        if answer == en:
            score += 1
            print("correct")
        else:
            print("it was:", en)
    print(f"{score}/{rounds}")


if __name__ == "__main__":
    quiz(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
