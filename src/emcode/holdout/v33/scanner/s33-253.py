from django.db.models import Q
from django.views.generic import ListView

from .models import Package


class PackageSearchView(ListView):
    model = Package
    template_name = "registry/search.html"
    paginate_by = 25

    def get_queryset(self):
        q = self.request.GET.get("q", "").strip()
        qs = Package.objects.filter(is_yanked=False)
        if q:
            qs = qs.filter(Q(name__icontains=q) | Q(summary__icontains=q))
        return qs.order_by("-downloads")

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["query"] = self.request.GET.get("q", "")
        return ctx
