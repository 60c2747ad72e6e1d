# simple REPL calculator
history = []
while True:
    line = input("calc> ")
    if line in ("quit", "exit"):
        break
    value = eval(line)
    history.append((line, value))
    print(" =", value)
print("session had", len(history), "calcul