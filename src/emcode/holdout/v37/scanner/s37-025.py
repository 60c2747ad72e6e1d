import ast


def main():
    raw = input("drop coordinates as (lat, lon): ")
    try:
        lat, lon = ast.literal_eval(raw)
        lat, lon = float(lat), float(lon)
    except (ValueError, SyntaxError, TypeError):
        print("please type something like (52.37, 4.89)")
        return
    print(f"dispatching to {lat:.5f}, {lon:.5f}")


if __name__ == "__main__":
    main()
