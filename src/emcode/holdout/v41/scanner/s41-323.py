from django.views.generic import ListView

from .models import Campaign


class CampaignSearchView(ListView):
    model = Campaign
    template_name = "campaigns/search.html"
    paginate_by = 20

    def get_queryset(self):
        qs = Campaign.objects.filter(is_live=True)
        term = self.request.GET.get("q", "").strip()
        if term:
            qs = qs.filter(title__icontains=term)
        return qs.order_by("-created")

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["q"] = self.request.GET.get("q", "")
        return ctx
