#!/usr/bin/env python3
"""Writes the generated kinds of the adversarial answer set (issue 15).

Reads templates/problems/<problem>.yaml and templates/catalogue.yaml and writes, for each of
the six problems below, Tests/RubricTests/Adversarial/<problem>/<kind>.md for the kinds
formulaic, bare-formulaic, echo-prompts, echo-hints and cost-padding. Output is deterministic
(no randomness, template order everywhere). The .labels.json files are NOT written here: they
were decided by reading one generated answer per kind and are kept by hand next to the answers.

Usage: python3 Tests/RubricTests/Adversarial/generate.py   (from the repository root, or any
directory: paths are resolved from this file's location)
"""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

PROBLEMS = [
    "ad-click-prediction",
    "harmful-content-detection",
    "video-recommendation",
    "delivery-eta",
    "fraud-detection",
    "search-ranking",
]

STEPS = [
    ("clarify", "## 1. Clarifying requirements"),
    ("framing", "## 2. Framing as an ML task"),
    ("data", "## 3. Data preparation"),
    ("model", "## 4. Model development"),
    ("evaluation", "## 5. Evaluation"),
    ("serving", "## 6. Deployment and serving"),
    ("monitoring", "## 7. Monitoring and infrastructure"),
]

COST_SENTENCE = "This costs latency, memory and money, and the downside is risk and complexity."

# A thin, generic answer per problem: 3-4 plain sentences per step, no real decisions.
THIN = {
    "ad-click-prediction": {
        "clarify": "We want to show ads that users will click. The system should be fast and work for many users. We should also respect user privacy.",
        "framing": "This is a machine learning problem where we predict clicks. The model takes the user and the ad as input. The output is a score that we use to rank the ads.",
        "data": "We collect data from the logs of impressions and clicks. The data needs to be cleaned before training. We create features for the user and the ad.",
        "model": "We train a deep learning model on the data. We tune the hyperparameters to get the best results. The model is retrained regularly.",
        "evaluation": "We evaluate the model offline with standard metrics. Then we run an experiment online. If the results are good we launch it.",
        "serving": "The model is deployed as a service behind the ad server. It scores the ads for each request. The results are returned to the app.",
        "monitoring": "We monitor the model in production. If performance drops we retrain it. We also keep dashboards for the team.",
    },
    "harmful-content-detection": {
        "clarify": "We need to find posts that break the rules. The platform is very large, so the system has to scale. Users should be able to appeal.",
        "framing": "This is a classification problem. The model looks at the post and outputs whether it is harmful. Posts with text, images and video all need to be covered.",
        "data": "We get labelled data from moderators and from user reports. The data has to be cleaned and balanced. We extract features from the text and the images.",
        "model": "We use a deep neural network for this task. It is trained on the labelled posts. We try a few architectures and keep the best one.",
        "evaluation": "We measure the model with offline metrics on a test set. We also check how it does after launch. The team reviews the numbers every week.",
        "serving": "The model runs when a post is uploaded. Harmful posts are removed or sent to moderators. The author is told why.",
        "monitoring": "We monitor the model for drift. New labels are collected over time. The model is retrained when needed.",
    },
    "video-recommendation": {
        "clarify": "The goal is to show videos that users like on the homepage. It has to be personalised and fast. There are many users and many videos.",
        "framing": "We treat this as a recommendation problem. The model predicts which videos a user will watch. We rank the videos by that prediction.",
        "data": "We use the watch history of users as training data. We also use information about the videos. The data is processed into features.",
        "model": "We train a recommendation model with deep learning. It learns from user behaviour. We improve it over time.",
        "evaluation": "We check the model with offline metrics first. Then we test it with real users. We look at engagement.",
        "serving": "The recommendations are served when the user opens the app. The system must handle a lot of traffic. We make it fast with good engineering.",
        "monitoring": "We track the metrics on dashboards. If something goes wrong we get an alert. The model is updated regularly.",
    },
    "delivery-eta": {
        "clarify": "We need to predict how long a delivery will take. The prediction should be accurate and fast. It is shown to customers in the app.",
        "framing": "This is a machine learning problem that predicts a time. The input is the order, the restaurant and the customer location. The output is the number of minutes.",
        "data": "We use historical orders as training data. We add features about the restaurant, the courier and the route. The data has to be cleaned first.",
        "model": "We train a machine learning model on past deliveries. We try several models and pick the best one. The model is tuned carefully.",
        "evaluation": "We evaluate the model on a test set. We also test it in production with customers. Good accuracy means a good model.",
        "serving": "The model is deployed behind an API. The app calls it to show the ETA. It has to be fast and reliable.",
        "monitoring": "We monitor the predictions over time. If they get worse we retrain. Alerts tell the team when there is a problem.",
    },
    "fraud-detection": {
        "clarify": "We need to catch fraudulent payments. The system must be fast because payments happen in real time. Fraud is rare compared with normal payments.",
        "framing": "This is a machine learning problem that predicts fraud. Each transaction gets a fraud score. High scores are blocked.",
        "data": "We use past transactions and fraud reports as data. The data is imbalanced, so we handle that. We build features about the card and the merchant.",
        "model": "We train a model to detect fraud. Several algorithms can be compared. We choose the one with the best results.",
        "evaluation": "We evaluate the model with offline metrics. We also watch the fraud losses after launch. The business team signs off on the results.",
        "serving": "The model is called during the payment. It returns a score to the payment system. The payment is approved or declined.",
        "monitoring": "We monitor the model because fraudsters change their behaviour. We retrain it with new data. Dashboards and alerts help the team.",
    },
    "search-ranking": {
        "clarify": "Shoppers want relevant products when they search. The results have to come back quickly. There are many products in the catalogue.",
        "framing": "We frame this as a ranking problem. Given a query we find matching products and order them. The best products go at the top.",
        "data": "We use search logs with clicks and purchases as training data. We build features from the query and the product. The text needs preprocessing.",
        "model": "We train a ranking model on the logs. A deep learning model can understand the query better. We tune it until it performs well.",
        "evaluation": "We measure ranking quality offline. Then we run an experiment on the site. More purchases means the model is better.",
        "serving": "The search service retrieves products and the model ranks them. The page is shown to the shopper. We keep it fast.",
        "monitoring": "We monitor search quality over time. The model is retrained with new logs. We fix problems when alerts fire.",
    },
}


def load(problem):
    with open(os.path.join(ROOT, "templates", "problems", problem + ".yaml")) as f:
        return yaml.safe_load(f)


def load_catalogue():
    with open(os.path.join(ROOT, "templates", "catalogue.yaml")) as f:
        return {t["id"]: t for t in yaml.safe_load(f)["tradeoffs"]}


def over_phrase(sides):
    """'B' for two sides, 'B and C' for three, 'B, C and D' for four."""
    rest = [s["label"] for s in sides[1:]]
    return rest[0] if len(rest) == 1 else ", ".join(rest[:-1]) + " and " + rest[-1]


def formulaic(t, cat, bare):
    lines = []
    nouns = t["nouns"]
    k = 0
    for key, heading in STEPS:
        lines += ["", heading, ""]
        for ref in t["steps"][key]["tradeoffs"]:
            sides = cat[ref["id"]]["sides"]
            a, b = sides[0]["label"], over_phrase(sides)
            if bare:
                lines.append(f"We choose {a} over {b}.")
            else:
                noun = nouns[k % len(nouns)]
                lines.append(f"We choose {a} over {b} because it is better for {noun}, at the cost of some risk.")
            k += 1
    return lines


def echo_prompts(t, cat):
    lines = []
    for key, heading in STEPS:
        step = t["steps"][key]
        lines += ["", heading, ""]
        lines += ["- " + p for p in step.get("prompts", [])]
        lines += ["- " + p for p in step.get("talkingPoints", [])]
    return lines


def echo_hints(t, cat):
    lines = []
    for key, heading in STEPS:
        lines += ["", heading, ""]
        for ref in t["steps"][key]["tradeoffs"]:
            lines.append("- " + cat[ref["id"]]["hint"])
    return lines


def cost_padding(t, cat):
    lines = []
    thin = THIN[t["id"]]
    for key, heading in STEPS:
        lines += ["", heading, "", thin[key] + " " + COST_SENTENCE]
    return lines


KINDS = [
    ("formulaic", lambda t, c: formulaic(t, c, bare=False)),
    ("bare-formulaic", lambda t, c: formulaic(t, c, bare=True)),
    ("echo-prompts", echo_prompts),
    ("echo-hints", echo_hints),
    ("cost-padding", cost_padding),
]


def main():
    cat = load_catalogue()
    for problem in PROBLEMS:
        t = load(problem)
        missing = [k for k, _ in STEPS if k not in t["steps"]]
        if missing:
            sys.exit(f"templates/problems/{problem}.yaml: missing steps {missing}")
        out_dir = os.path.join(HERE, problem)
        os.makedirs(out_dir, exist_ok=True)
        for kind, build in KINDS:
            text = "\n".join([f"# {t['title']}"] + build(t, cat)) + "\n"
            with open(os.path.join(out_dir, kind + ".md"), "w") as f:
                f.write(text)


if __name__ == "__main__":
    main()
