from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.views.generic.edit import CreateView

from .models import RepairRequest


class RepairRequestCreate(LoginRequiredMixin, CreateView):
    model = RepairRequest
    fields = ["bike_brand", "bike_model", "problem", "preferred_date"]
    template_name = "repairs/request_form.html"
    success_url = reverse_lazy("repairs:thanks")

    def form_valid(self, form):
        form.instance.customer = self.request.user
        return super().form_valid(form)
