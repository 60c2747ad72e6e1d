from django.shortcuts import render

from .models import Recipe


def recipes_by_tag(request, tag):
    query = (
        "SELECT r.* FROM kitchen_recipe r "
        "JOIN kitchen_recipe_tags t ON t.recipe_id = r.id "
        "WHERE t.name = %s ORDER BY r.title"
    )
    recipes = Recipe.objects.raw(query, [tag])
    return render(request, "kitchen/by_tag.html", {"recipes": recipes, "tag": tag})
