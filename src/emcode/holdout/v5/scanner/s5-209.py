from django.http import JsonResponse
from .models import Article

def by_author(request):
    author = request.GET["author"]
    qs = Article.objects.raw("SELECT * FROM blog_article WHERE author = %s", [author])
    return JsonResponse({"titles": [a.title for a in qs]})
