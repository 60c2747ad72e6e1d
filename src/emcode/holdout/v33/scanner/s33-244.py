import sys


def score_cards(rule, cards):
    results = []
    for card in cards:
        ok = eval(rule, {}, {"card": card})
        results.append((card["front"], ok))
    return results


if __name__ == "__main__":
    rule = sys.stdin.readline().strip()
    deck = [{"front": "gato", "back": "cat", "lapses": 3}, {"front": "perro", "back": "dog", "lapses": 0}]
    for front, ok in score_cards(rule, deck):
        print(f"{front}: {'due' if ok else 'ski