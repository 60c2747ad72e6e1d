from jinja2 import Environment

env = Environment(autoescape=True)
DIGEST = env.from_string("""
<h1>Weekly digest for {{ user }}</h1>
<ul>
{% for post in posts %}<li><a href="/p/{{ post.id }}">{{ post.title }}</a></li>{% endfor %}
</ul>
""")


def build_digest(user: str, posts: list[dict]) -> str:
    return DIGEST.render(user=user, posts=posts)
