import discord

client = discord.Client(intents=discord.Intents.default())


@client.event
async def on_message(message):
    if message.author == client.user:
        return
    if message.content.startswith("!py "):
        code = message.content[4:]
        scope = {}
        exec(code, scope)
        await message.channel.send(str(scope.get("result", "done")))
