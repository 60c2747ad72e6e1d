"""The misalignment direction: mean activation differences between two models, and interventions with them."""
