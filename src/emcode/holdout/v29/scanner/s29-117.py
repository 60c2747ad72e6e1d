from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Recipe


def recipe_list(request):
    tag = request.GET.get("tag", "")
    qs = Recipe.objects.filter(published=True)
    if tag:
        qs = qs.filter(tags__name__iexact=tag)
    page = Paginator(qs.order_by("-created"), 20).get_page(request.GET.get("page"))
    return render(request, "recipes/list.html", {"page": page, "tag": tag})
