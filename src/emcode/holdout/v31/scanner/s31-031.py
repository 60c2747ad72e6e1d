import click
from passlib.context import CryptContext

pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")


@click.command()
@click.argument("username")
@click.password_option()
def add_user(username, password):
    from .db import insert_user
    insert_user(username, pwd.hash(password))
    click.echo(f"added {username}")


if __name__ == "__main__":
    add_user()
