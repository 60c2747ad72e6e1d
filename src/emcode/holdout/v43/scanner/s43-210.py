import sys

TARIFFS = {"casual": 2.5, "monthly": 19.0, "annual": 150.0}


def main():
    expr = sys.argv[1]
    minutes = float(sys.argv[2]) if len(sys.argv) > 2 else 30
    cost = eval(expr, {"minutes": minutes, **TARIFFS})
    print(f"estimated cost: {cost:.2f} EUR")
    if cost > TARIFFS["monthly"]:
        print("tip: a monthly pass would be chea