from django.http import JsonResponse
from .models import Article


def article_list(request):
    author = request.GET.get("author", "")
    base = "SELECT * FROM blog_article"
    clause = " WHERE author_name = '{}'".format(author)
    qs = Article.objects.raw(base + clause)
    return JsonResponse({"titles": [a.title for a in qs]})
