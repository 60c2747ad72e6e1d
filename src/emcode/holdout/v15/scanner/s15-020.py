from django.shortcuts import get_object_or_404, render

from .models import Post


def post_detail(request, slug):
    post = get_object_or_404(Post, slug=slug, published=True)
    comments = post.comments.filter(approved=True).order_by("created")
    return render(request, "blog/post_detail.html", {"post": post, "comments": comments})
