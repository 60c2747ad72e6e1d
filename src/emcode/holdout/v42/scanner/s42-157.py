from django.db.models import Q
from django.views.generic import ListView

from recipes.models import Recipe


class RecipeSearchView(ListView):
    model = Recipe
    template_name = "recipes/search.html"
    paginate_by = 20

    def get_queryset(self):
        q = self.request.GET.get("q", "").strip()
        qs = Recipe.objects.filter(published=True)
        if q:
            qs = qs.filter(Q(title__icontains=q) | Q(ingredients__name__icontains=q)).distinct()
        return qs.order_by("-created_at")

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["query"] = self.request.GET.get("q", "")
        return ctx
