import sys


class PuzzleRunner:
    def __init__(self):
        self.state = {"doors": [False] * 4, "clock": 0}

    def run(self, script):
        exec(script, {"state": self.state})
        return self.state


if __name__ == "__main__":
    src = sys.stdin.read()
    print(PuzzleRunner().run(src))
