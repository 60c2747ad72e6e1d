from django.http import JsonResponse

from .models import Article


def by_author(request):
    author = request.GET.get("author", "")
    articles = Article.objects.raw(
        "SELECT id, title FROM blog_article WHERE author_name = %s ORDER BY published DESC", [author]
    )
    return JsonResponse({"titles": [a.title for a in articles]})
