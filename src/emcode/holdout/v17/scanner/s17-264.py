from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Post(Base):
    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    author: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))


def posts_by(session: Session, author: str, title_fragment: str = "") -> list[Post]:
    stmt = select(Post).where(Post.author == author)
    if title_fragment:
        stmt = stmt.where(Post.title.contains(title_fragment, autoescape=True))
    return list(session.scalars(stmt.order_by(Post.id.desc()).limit(20)))
