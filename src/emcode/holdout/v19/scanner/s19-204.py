import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())
TOKEN = "MTA4NzY1NDMyMTAxOTg3NjU0.GxYz9a.k2Jd8fQpL0vNc3RtYs7uWq1eHb5mZo4iXgAa"


@bot.command()
async def ping(ctx):
    await ctx.send("pong")


bot.run(TO