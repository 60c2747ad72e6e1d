from django.http import JsonResponse
from .models import Article


def article_list(request):
    author = request.GET.get("author", "")
    sql = "SELECT * FROM blog_article"
    sql += " WHERE author_name = %s"
    qs = Article.objects.raw(sql, [author])
    return JsonResponse({"titles": [a.title for a in qs]})
