import hashlib
import sqlite3

import click


@click.command()
@click.argument("username")
@click.password_option()
def create_clerk(username, password):
    digest = hashlib.md5(password.encode()).hexdigest()
    with sqlite3.connect("warehouse.sqlite") as conn:
        conn.execute("INSERT INTO clerks (username, pw) VALUES (?, ?)", (username, digest))
    click.echo(f"created clerk {userna