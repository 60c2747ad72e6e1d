from django.http import JsonResponse

from .models import Recipe


def by_tag(request):
    tag = request.GET.get("tag", "")
    qs = Recipe.objects.extra(where=["tags LIKE '%%" + tag + "%%'"])
    return JsonResponse({"recipes": list(qs.values_list("title", flat=True))})
