def main():
    while True:
        line = input(">>> ")
        value = eval(line)
        if isinstance(value, (list, tuple)):
            for v in value:
                print("  -", 