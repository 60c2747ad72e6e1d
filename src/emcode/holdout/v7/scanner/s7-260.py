import ast
import operator
import os
import discord

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
       ast.Div: operator.truediv, ast.USub: operator.neg, ast.Pow: operator.pow}


def calc(node):
    if isinstance(node, ast.Expression):
        return calc(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        if isinstance(node.op, ast.Pow) and abs(calc(node.right)) > 100:
            raise ValueError("exponent too large")
        return OPS[type(node.op)](calc(node.left), calc(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
        return OPS[type(node.op)](calc(node.operand))
    raise ValueError("unsupported expression")


intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)


@client.event
async def on_message(message):
    if message.author != client.user and message.content.startswith("!calc "):
        try:
            result = calc(ast.parse(message.content[6:], mode="eval"))
        except (ValueError, SyntaxError, ZeroDivisionError) as exc:
            result = f"error: {exc}"
        await message.channel.send(f"= {result}")


client.run(os.environ["DISCORD_TOKEN"])
