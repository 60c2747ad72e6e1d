import ast


def ask_dimensions():
    raw = input("Rink dimensions as (length_m, width_m): ")
    dims = ast.literal_eval(raw)
    if not (isinstance(dims, tuple) and len(dims) == 2 and all(isinstance(d, (int, float)) for d in dims)):
        raise SystemExit("expected two numbers")
    return dims


if __name__ == "__main__":
    length, width = ask_dimensions()
    print(f"surface area: {length * width:.1f} m2")
