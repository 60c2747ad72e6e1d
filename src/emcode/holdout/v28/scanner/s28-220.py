import ast
import operator
import sys

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def calc(node):
    if isinstance(node, ast.Expression):
        return calc(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](calc(node.left), calc(node.right))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -calc(node.operand)
    raise ValueError("unsupported expression")


if __name__ == "__main__":
    expr = " ".join(sys.argv[1:]) or input("pallet weight expression: ")
    if len(expr) > 200:
        raise SystemExit("expression too long")
    print(calc(ast.parse(expr, mode="eval")))
