from datetime import date
from peewee import SqliteDatabase, Model, CharField, DateField, ForeignKeyField

db = SqliteDatabase("gym.db")


class Member(Model):
    email = CharField(unique=True)

    class Meta:
        database = db


class Booking(Model):
    member = ForeignKeyField(Member, backref="bookings")
    class_name = CharField()
    day = DateField()

    class Meta:
        database = db


def bookings_for(email: str, day: date) -> list[str]:
    q = (Booking.select(Booking.class_name)
         .join(Member)
         .where((Member.email == email) & (Booking.day == day))
         .order_by(Booking.class_name))
    return [b.class_name for b in q]
