import ast
import sys


def parse_gain_table(text):
    table = ast.literal_eval(text)
    if not isinstance(table, dict) or not all(isinstance(k, int) and isinstance(v, (int, float)) for k, v in table.items()):
        raise ValueError("expected {frequency: gain_db}")
    return table


if __name__ == "__main__":
    table = parse_gain_table(sys.stdin.read())
    for freq in sorted(table):
        print(f"{freq:>5} Hz  +{table[freq]:.1f} dB")
