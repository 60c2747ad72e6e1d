from django.http import JsonResponse
from .models import Post


def search(request):
    qs = Post.objects.filter(published=True)
    author = request.GET.get("author")
    if author:
        qs = qs.filter(author__username=author)
    term = request.GET.get("q")
    if term:
        qs = qs.filter(title__icontains=term)
    return JsonResponse({"posts": list(qs.values("id", "title")[:20])})
