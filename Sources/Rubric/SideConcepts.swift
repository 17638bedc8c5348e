import Foundation

/// The words practitioners use for the idea behind a trade-off's side when they do not use its
/// name: "each ad is scored on its own" is pointwise ranking, "train on earlier weeks, test on the
/// following one" a time-based split. A concept is two or three groups of alternative words
/// (written "scored|ranked + own|independently"); the side is named when one word of every group
/// stands within `PhraseTable.conceptSpan` tokens of one clause segment, with no contrast or
/// connective between them. Words are normalised like the text (plurals, -ing, -ed dropped).
/// `#num` fills a group with any figure, `#ms` with a number of milliseconds, `#pct` with a
/// percentage.
///
/// Keyed by trade-off id, then by the side's label as the catalogue writes it. Every word here
/// is written from what the idea is, not from any one answer's wording.
enum SideConcepts {
    static let table: [String: [String: [String]]] = [
        "north-star-metric": [
            "engagement": ["time|minutes|hours + spend|spent|watch|watched|scroll|scrolling|reading"],
            "revenue": ["money|profit|income|earnings|sales|spend + total|raise|grow|maximize|increase|primary|goal|target",
                        "paid|pay|charge|charged|bill|billed + per|click|impression|conversion"],
            "long-term value and safety guardrails": [
                "hide|report|complaint|complaints|unfollow|mute|block|uninstall + rate|rates|share|button|count",
                "not|never|won't + ship|launch|release + if|unless|when|worse|rise|rises|drop|drops",
                "come|coming|return|returning|retain|retained + back|later|week|month|next"],
        ],
        "quality-vs-latency": [
            "higher-quality heavier model": ["bigger|larger|heavier|deeper|richer|expensive|slower + model|network|ranker|scorer|features"],
            "latency budget": ["#ms + budget|limit|within|under|cap|target|allowed|afford|leaves|left|spend|respond|answer|return|request|deadline"],
        ],
        "realtime-vs-offline-processing": [
            "synchronous blocking path": ["before + authorize|authorization|approve|approval|publish|published|posting|visible|live|respond|checkout",
                                          "wait|waits|block|blocks|hold|holds + request|payment|checkout|upload|response",
                                          "inside|within|during + request|authorization|checkout|call"],
            "asynchronous offline processing": ["after|later + publish|published|posting|upload|uploaded|fact|event",
                                                "queue|queued|background|later + process|processed|check|checked|review|run|score|scored"],
        ],
        "personalised-vs-global": [
            "personalised": ["depend|depends|different|tailor|tailored|adapt|adapted|vary|varies + user|person|viewer|shopper|customer|history|taste|tastes|who",
                             "user|person|viewer|their + history|taste|tastes|preference|preferences|past + rank|ranking|result|results|order|score"],
            "same results for everyone": ["same|identical + result|results|list|ranking|answer|page|order + everyone|everybody|all|anyone|whoever|regardless",
                                          "regardless + who|user|person|viewer"],
        ],
        "broad-scope-vs-mvp": [
            "narrow v1": ["first|initial + release|launch|version|cut|milestone",
                          "leave|left|defer|deferred|postpone|postponed|park|parked + later|phase|release|version"],
        ],
        "signal-vs-privacy": [
            "privacy and compliance": ["agreed|consent|consented|permission|opted + share|use|data|ads|users|shared",
                                       "delete|deleted|erase|erased|forget|forgotten + request|requests|data|account|days",
                                       "never|only + store|stored|keep|kept|log|logged|share|sell|collect|use + personal|raw|sensitive|health|religion|location|agreed|consented",
                                       "legal|law|regulator|regulators|lawyer|lawyers + risk|rule|rules|requirement|requirements|review|allow|forbid",
                                       "totals|aggregate|aggregated|anonymous + only|see|share|report|reported"],
        ],
        "ml-vs-rules": [
            "rules and heuristics": ["rule|rules|heuristic|heuristics|blocklist|blocklists|denylist|allowlist + known|hand|manual|written|fixed|hard|explicit|catch|cover|coded"],
            "learned model": ["learn|learns|learned|model + pattern|patterns|adapt|adapts|new|change|changes|shift"],
        ],
        "proxy-label-choice": [
            "clicks as the label": ["click|clicks|tap|taps|clicked + label|target|positive|positives|count|counts|train|optimize"],
            "completion as the label": ["finish|finished|complete|completed|watched|through + most|half|whole|end|#pct|#num"],
            "watch time": ["minutes|seconds|time|hours + watch|watched|spent|viewing|viewed|dwell"],
            "defined relevance": ["rated|rating|ratings|rater|raters|judged|survey|surveys + relevant|relevance|satisfied|satisfaction|useful|quality"],
        ],
        "single-vs-multi-action-objective": [
            "single action": ["only|single|just + action|signal|event|outcome|click|clicks"],
            "weighted multi-action value": ["weight|weights|weighted|combine|combined|blend|blended + like|likes|share|shares|comment|comments|action|actions|probability|probabilities|outputs|heads|signals",
                                            "negative + weight|weighted|score|value"],
        ],
        "classification-vs-regression": [
            "classify into buckets": ["bucket|buckets|bin|bins|band|bands|class|classes|range|ranges + predict|target|output|classify|late|early|time"],
            "regress the value": ["predict|output|estimate|regress|regression + minutes|seconds|value|amount|duration|exact|continuous|number"],
        ],
        "pointwise-pairwise-listwise": [
            "pointwise": ["score|scored|scores|scoring|predict|predicted|rate|rated|judge|judged|classify|classified + own|independently|independent|separately|alone|isolation|individually|itself"],
            "pairwise ranking": ["pair|pairs + compare|compared|comparison|comparisons|order|ordered|prefer|preferred|preference|preferences|above|ahead|swap|swapped|which"],
            "listwise": ["whole|entire|full|complete + list|page|slate|ranking|ordering + loss|optimize|optimized|score|scored|softmax|jointly|once|together"],
        ],
        "multiclass-multilabel-multitask": [
            "one model per class": ["separate|own|dedicated|individual + model|models|classifier|classifiers + each|per|every|class|category|harm|type|label|violation"],
            "multi-label": ["several|multiple + label|labels|tag|tags|categories|classes|harms + same|once|together|simultaneously|post|item"],
            "multi-task": ["shared|common|one|single + trunk|body|backbone|encoder|base|bottom + head|heads|output|outputs|task|tasks",
                           "second|extra|another|additional|several|multiple|separate + head|heads|output|outputs"],
        ],
        "pair-classifier-vs-link-prediction": [
            "pair classifier": ["pair|pairs + user|users|people|member|members|candidate|candidates + classifier|classify|classified|score|scored|features"],
            "graph link prediction": ["graph|neighbour|neighbours|neighborhood|neighbourhood|edges|connections + embedding|embeddings|learn|learns|propagate|message|messages|aggregate|aggregates|structure"],
        ],
        "end-to-end-vs-decomposed-target": [
            "decomposed target": ["split|break|broken|decompose|decomposed|separate|parts|components|legs|pieces + prep|pickup|transit|travel|bid|offer|price|parts|components|pieces|legs",
                                  "times|multiply|multiplied|product + bid|offer|price|value|probability|chance"],
            "single end-to-end target": ["predict|learn|estimate|model|guess + directly|end + money|revenue|total|eta|whole|value"],
        ],
        "supervision-regime": [
            "self- or weakly supervised": ["without + label|labels|labelled|annotation|annotations|human|humans",
                                           "pull|pulled|pulls|push|pushed|pushes + closer|together|apart|away"],
            "unsupervised": ["anomaly|anomalies|outlier|outliers|unusual|novel|cluster|clusters|clustering + detect|detection|score|scores|pattern|patterns|group|groups|find|flag"],
        ],
        "early-vs-late-fusion": [
            "early fusion": ["combine|combined|concatenate|concatenated|join|joined|fuse|fused|merge|merged|together + features|inputs|signals|embedding|embeddings|modality|modalities|before"],
            "late fusion": ["separate|separately|own|each|per + modality|modalities|text|image|audio + model|models|classifier|classifiers|score|scores",
                            "combine|combined|merge|merged|average|averaged|blend|blended|vote + score|scores|prediction|predictions|output|outputs|decision|decisions"],
        ],
        "embedding-similarity-vs-direct-scorer": [
            "embedding similarity": ["vector|vectors|embedding|embeddings + close|closest|near|nearest|distance|similar|dot|cosine|angle|neighbour|neighbours"],
            "direct scorer": ["cross|interaction|interactions|joint|jointly + feature|features|query|user|item|pair"],
        ],
        "lexical-vs-semantic-retrieval": [
            "lexical retrieval": ["keyword|keywords|word|words|term|terms|exact|literal|spelling + match|matching|matches|overlap|index|search"],
            "dense semantic retrieval": ["meaning|meanings|semantic|paraphrase|paraphrases|synonym|synonyms|intent + match|matching|search|capture|captures|vector|vectors|similar|embedding"],
            "hybrid retrieval": ["combine|combined|merge|merged|fuse|fused|blend|blended|union + keyword|lexical|dense|semantic|vector|results|lists"],
        ],
        "single-vs-multi-stage-funnel": [
            "single stage": ["score|scores|scored|rank|ranks|ranked + every|all|whole|entire + item|items|catalogue|catalog|candidate|candidates|video|videos|product|products|document|documents"],
            "multi-stage funnel": ["narrow|narrows|narrowed|cut|cuts|trim|trims|shortlist|whittle|prune|prunes|reduce|reduces + down|#num|few|hundred|hundreds|thousand|thousands",
                                   "cheap|cheaper|light|lighter|quick|coarse + first|pass|stage|scorer|ranker|filter|model",
                                   "heavy|heavier|careful|expensive|precise|final|second + stage|pass|ranker|scorer"],
        ],
        "human-vs-natural-labels": [
            "human annotators": ["annotator|annotators|rater|raters|reviewer|reviewers|moderator|moderators|expert|experts|labeller|labellers|labeler|labelers|analyst|analysts|humans + label|labels|labelled|judge|judged|rate|rated|mark|marked|tag|tagged|review|reviewed|grade|graded"],
            "natural labels": ["report|reports|flag|flags|chargeback|chargebacks|click|clicks|behaviour|behavior|action|actions|outcome|outcomes|appeal|appeals|log|logs + label|labels|truth|target|targets|signal",
                               "label|labels + come|comes|arrive|arrives + free|themselves|naturally|users|behaviour|behavior|outcome|outcomes"],
        ],
        "explicit-vs-implicit-feedback": [
            "explicit feedback": ["like|likes|rating|ratings|star|stars|thumbs|survey|surveys|vote|votes + button|give|given|leave|tap|feedback|signal|signals|sparse|rare",
                                  "ask|asked|asking + user|users|people|rate|survey"],
            "implicit feedback": ["watch|watched|dwell|scroll|scrolled|skip|skipped|linger|behaviour|behavior + signal|signals|feedback|infer|inferred|proxy|label|labels|noisy"],
        ],
        "positive-label-threshold": [
            "strict threshold": ["stay|stayed|stays|dwell|dwelled|watch|watched|read|remain|remained + least|longer|minimum|#num|half|#pct"],
            "lenient threshold": ["any|every|single + click|tap|view|impression|interaction + count|counts|counted|positive|positives|label"],
        ],
        "negative-sampling": [
            "random negatives": ["random|randomly|uniform|uniformly + negative|negatives|sampled|drawn|non"],
            "hard negatives": ["hard|difficult|tricky|confusable|similar|nearby|lookalike|same + negative|negatives|mistake|mistakes|counterexample|counterexamples"],
            "in-batch negatives": ["other|others|rest + batch|minibatch + negative|negatives|example|examples|item|items|row|rows"],
        ],
        "resampling-vs-reweighting": [
            "resampling": ["keep|kept|throw|discard|discarded|drop|dropped|take|took|sample|sampled + one|fraction|tenth|percent|portion|share|subset|only|#pct|#num + negative|negatives|non|majority|legit|legitimate|normal|rest|clean",
                           "copy|copies|copied|duplicate|duplicated|repeat|repeated + positive|positives|fraud|rare|minority"],
            "loss reweighting": ["weight|weigh|weighted|weighs|upweight|upweighted|penalize|penalized + rare|minority|positive|positives|fraud|class|classes|miss|misses|mistake|mistakes|example|examples"],
        ],
        "missing-values": [
            "drop missing rows": ["drop|dropped|discard|discarded|remove|removed|skip|skipped|ignore|ignored + missing|incomplete|empty|null|nulls|blank|row|rows"],
            "impute": ["fill|filled|replace|replaced|default|impute|imputed|median|mean|average + missing|empty|null|nulls|blank|gap|gaps|absent|unknown",
                       "flag|flags|indicator|indicators + missing|absent|unknown|empty"],
        ],
        "feature-scaling": [
            "min-max scaling": ["min|max|minimum|maximum + scale|scaled|range|divide|divided|normalize|normalized"],
            "z-score": ["subtract|subtracted|mean|average + divide|divided|standard|deviation|std|spread"],
            "log transform": ["logarithm|logarithmic + transform|transformed|scale|price|count|counts|skew|tail|tails",
                              "log + transform|transformed|scale|taken|take|tail|tails|skew|skewed"],
            "bucketing": ["bucket|buckets|bucketed|bin|bins|binned|band|bands + age|ages|distance|distances|price|prices|range|ranges|group|groups"],
        ],
        "categorical-encoding": [
            "one-hot": ["column|columns|flag|flags|indicator|indicators|slot|dimension + each|per|every|separate + value|values|category|categories|id|ids|country|word"],
            "learned embeddings": ["learned|learn|dense|short|trained + vector|vectors|list|representation|representations|numbers|embedding|embeddings"],
            "hashing trick": ["hash|hashed|hashes|scramble|scrambling + rule|function|slot|slots|bucket|buckets|id|ids|space|table",
                              "rare|unseen|new|unknown + share|sharing|shared|fold|folded|map|mapped|collapse|collapsed + slot|slots|bucket|buckets|id|ids|row|rows"],
        ],
        "text-encoding": [
            "bag of words or TF-IDF": ["word|words|term|terms|token|tokens + count|counts|frequency|frequencies|bag|overlap|weighted"],
            "learned encoders": ["pretrained|learned|transformer|language|multilingual + encoder|encoders|model|embedding|embeddings|vector|vectors"],
        ],
        "video-vs-frame-encoding": [
            "frame-level": ["frame|frames + sample|sampled|each|every|per|pool|pooled|average|averaged|second|image|keyframe"],
            "video-level": ["whole|entire|full|clip|clips + video|temporal|motion|sequence|3d"],
        ],
        "offline-vs-online-augmentation": [
            "offline augmentation": ["augment|augmented|augmentation|flip|flipped|crop|cropped|rotate|rotated|copies + store|stored|saved|disk|ahead|once|precompute|precomputed"],
            "on-the-fly augmentation": ["augment|augmented|augmentation|flip|flipped|crop|cropped|rotate|rotated|jitter + fly|random|randomly|epoch|batch|load|loading|loaded"],
        ],
        "batch-vs-streaming-features": [
            "batch features": ["daily|nightly|overnight|hourly|weekly|slow + feature|features|aggregate|aggregates|count|counts|stat|stats|signal|signals|profile|profiles|average|averages|snapshot|table"],
            "streaming features": ["stream|streamed|streaming|continuous|continuously|live|realtime|event|events|rolling|sliding + count|counts|counted|counter|counters|feature|features|aggregate|aggregates|window|windows|sum|velocity|stat|stats",
                                   "last|past + minute|minutes|hour|hours|second|seconds + count|counts|transactions|clicks|events|attempts|logins|views"],
        ],
        "random-vs-time-split": [
            "random split": ["random|randomly|shuffle|shuffled|mixed|mix + split|sample|rows|test|hold|held"],
            "time-based split": ["train|trained|training|fit + earlier|past|older|first + week|weeks|day|days|month|months|data|period",
                                 "test|tested|evaluate|evaluated|validate|validated|hold|held|check + later|latest|following|next|future|recent|newest",
                                 "chronological|chronologically|time|date|temporal + split|order|cutoff|boundary|cut"],
        ],
        "training-window-length": [
            "long history window": ["long|longer|full|whole|months|year|years + history|window|lookback"],
            "short recent window": ["recent|recency|fresher|newest|short|shorter + data|examples|window|weight|weighted|weeks|days|history"],
        ],
        "frozen-vs-finetuned-features": [
            "frozen pretrained extractor": ["frozen|freeze|fixed|unchanged|untouched|shelf + encoder|backbone|features|embeddings|weights|layers|extractor"],
            "fine-tuned end to end": ["update|updated|tune|tuned|train|trained|unfreeze|unfrozen + backbone|encoder|whole|layers|weights"],
        ],
        "demographic-features-vs-fairness": [
            "use demographic features": ["age|gender|race|ethnicity|religion|sex|demographic|demographics + feature|features|input|inputs|signal|signals|used|include|included"],
            "drop them for fairness": ["not|never|no|exclude|excluded|drop|dropped|remove|removed|without + age|gender|race|ethnicity|religion|sex|demographic|demographics|protected",
                                       "audit|audited|check|checked|compare|compared|measure|monitor + group|groups|gender|age|race|demographic|demographics"],
        ],
        "simple-baseline-vs-complex": [
            "simple baseline": ["start|begin|first|initial + simple|linear|logistic|heuristic|popularity|average|weighted|rule",
                                "beat|bar|floor|against|compare + simple|heuristic|popularity|average|baseline|current"],
            "complex model": ["later|then|next|eventually + deep|neural|complex|bigger|larger|fancier"],
        ],
        "gbdt-vs-neural-net": [
            "gradient-boosted trees": ["tree|trees|boosted|boosting|forest + model|models|ensemble|based|gradient"],
            "neural network": ["neural|deep + net|nets|network|networks|model|models|layers"],
        ],
        "feature-crossing": [
            "LR with manual crosses": ["hand|manual|manually|picked + cross|crosses|pairs|combination|combinations|interaction|interactions"],
            "DCN and deep crosses": ["learn|learns|learned + pairs|triples|crosses|interactions|combinations|higher"],
        ],
        "collaborative-vs-content-based": [
            "collaborative filtering": ["similar|other + user|users|people|viewer|viewers|shopper|shoppers|taste|tastes"],
            "content-based": ["match|matched|matching|similar|similarity + genre|genres|topic|topics|attributes|metadata|description|descriptions|tags"],
        ],
        "matrix-factorisation-vs-two-tower": [
            "matrix factorisation": ["factor|factors|factorize|latent + user|users|item|items|matrix|interaction|interactions|vector|vectors"],
            "two-tower": ["tower|towers + user|users|item|items|query|side|features|encoder"],
        ],
        "two-stage-vs-one-stage-detector": [
            "two-stage detector": ["propose|proposal|proposals|region|regions + box|boxes|refine|refined|classify|classified"],
            "one-stage detector": ["single|one + pass|shot|look + detector|network|image|boxes|box"],
        ],
        "bi-encoder-vs-cross-encoder": [
            "bi-encoder": ["separately|independently|separate|apart + encode|encoded|embed|embedded|vector|vectors|tower|towers"],
            "cross-encoder": ["together|jointly|joint + encode|encoded|read|reads|attend|attends|attention|pass|score|scored|input"],
        ],
        "scratch-vs-finetune": [
            "fine-tune pretrained": ["pretrained|published|public|existing|checkpoint + weights|checkpoint|backbone|encoder|network|model + adapt|adapted|tune|tuned|continue|start|started|update|updated"],
            "train from scratch": ["random|randomly + init|initialised|initialized|initialization|weights"],
        ],
        "model-size-vs-inference-cost": [
            "larger model": ["bigger|larger|heavier|deeper + layers|parameters|model|capacity|network"],
            "cheaper inference": ["cheap|cheaper|small|smaller|light|lighter|faster|quick|tiny|distilled + model|scorer|ranker|network|version|inference|serving"],
        ],
        "interpretability-vs-accuracy": [
            "interpretable model": ["explain|explained|explainable|explanation|explanations|audit|auditable|transparent + decision|decisions|score|scores|model|prediction|predictions|why|regulator|regulators|customer|advertiser|reason|reasons"],
            "more accurate opaque model": ["black|opaque|harder|hard + box|explain|interpret|understand"],
        ],
        "shared-vs-specialised-models": [
            "one shared model": ["one|single|shared|same + model|network|ranker|classifier + all|every|across|both|everyone"],
            "per-task or per-segment models": ["separate|own|dedicated|specialized|individual|different + model|models|network|networks|ranker|rankers|classifier|classifiers"],
        ],
        "continual-vs-periodic-retraining": [
            "continual fine-tuning": ["continue|keep|continued|incremental|incrementally|warm + train|training|update|updating|tune|start|started"],
            "periodic full retrain": ["full|scratch|whole|complete + retrain|retrained|retraining|rebuild|rebuilt|train|training|refit"],
        ],
        "data-vs-model-parallelism": [
            "data parallel": ["copy|copies|copied|replica|replicas|replicate|replicated + machine|machines|gpu|gpus|worker|workers|node|nodes"],
            "model parallel": ["split|splitting|shard|sharded|sharding|spread|partition|partitioned + layer|layers|table|tables|parameters|weights|embedding|embeddings"],
        ],
        "loss-function-choice": [
            "MSE": ["squared|square + error|errors|difference|loss"],
            "MAE": ["absolute + error|errors|deviation|difference|loss"],
            "quantile or asymmetric loss": ["quantile|percentile|pinball|asymmetric + loss|target|predict|predicted",
                                            "late|early|under|over + penalize|penalized|penalty|costlier|heavier + more|heavily|twice|than|#num"],
        ],
        "single-model-vs-ensemble": [
            "ensemble": ["average|averaged|blend|blended|vote|stack|stacked|stacking + model|models|prediction|predictions|ranker|rankers|several|multiple"],
        ],
        "precision-vs-recall": [
            "favour precision": ["false + alarm|alarms|positive|positives|accusation|accusations|block|blocks",
                                 "wrongly|mistakenly|incorrectly|innocent|legit|legitimate|genuine + block|blocked|flag|flagged|decline|declined|remove|removed|users|customers|customer|accused"],
            "favour recall": ["miss|missed|missing|slip|slips|escape|escapes + fraud|harm|harmful|case|cases|positive|positives|through|bad|violation|violations",
                              "catch|caught|find|found|flag|detect|detected + most|every|all|majority + fraud|harm|case|cases|positive|positives|violation|violations"],
        ],
        "roc-auc-vs-pr-auc": [
            "PR-AUC": ["precision + recall + curve|area|trade",
                       "focus|focuses|focused|concentrate|concentrates + positive|positives|rare|minority"],
        ],
        "ranking-metric-choice": [
            "precision and recall at k": ["top|first + #num|few + relevant|hit|hits|correct|found|contain|contains|right|fraction|share|proportion"],
            "MRR": ["rank|position + first + relevant|correct|right|click|clicked|answer",
                    "reciprocal + rank|position"],
            "nDCG": ["graded|discount|discounted + position|rank|relevance|gain|gains",
                     "position|rank + discount|discounted|weigh|weighted|weight|penalize"],
        ],
        "ranking-vs-calibration": [
            "calibration": ["predicted|predict|estimated + actual|observed|real|true + match|matches|agree|agrees|add|line|close|within|sum",
                            "scale|scaled|correct|corrected|adjust|adjusted + probability|probabilities|chance|chances|score|scores|prediction|predictions + down|back|true"],
            "ranking quality": ["order|ordering|sort|sorted + right|correct|matters|only|well"],
        ],
        "offline-vs-online-metrics": [
            "offline metrics": ["offline|backtest|backtests|replay|holdout|historical + measure|metric|metrics|evaluation|check|number|numbers|score|scores|test"],
            "online metrics": ["live|production + traffic|users|experiment|test|measure|metric|metrics|number|numbers",
                               "business + metric|metrics|measure|number|numbers|outcome|outcomes"],
        ],
        "ctr-vs-deeper-outcomes": [
            "deeper outcomes": ["downstream|deeper|later|real|true + outcome|outcomes|conversion|conversions|value|action|actions|success"],
        ],
        "ab-vs-interleaving-vs-bandits": [
            "A/B test": ["control|holdout + group|groups|slice|traffic|arm|arms",
                         "split|randomize|randomized|random + traffic|users|groups|arms"],
            "interleaving": ["mix|mixed|merge|merged|alternate|alternating + result|results|list|lists|rankings + both|two|each"],
            "bandits": ["shift|shifts|move|moves|send|sends|allocate|allocates + traffic|share + winner|winning|better|best|arm|arms"],
        ],
        "ab-traffic-vs-duration": [
            "small slice, longer test": ["small|tiny|smaller + slice|share|fraction|traffic|percent|group + weeks|week|longer|long|month|months"],
            "large slice, short test": ["big|bigger|large|larger|half + slice|share|fraction|traffic|group + faster|quick|quicker|days|short|shorter|sooner|answer|answers"],
        ],
        "aggregate-vs-sliced-metrics": [
            "aggregate metric": ["overall|global|aggregate|single|headline + number|metric|score|figure|average"],
            "per-slice and fairness metrics": ["metric|metrics|rate|rates|precision|recall|score|scores|error|errors|accuracy|auc|number|numbers|check|checks|report|dashboard + per|across|each|every|by|within|broken + country|countries|region|regions|group|groups|segment|segments|language|languages|device|devices|market|markets|cohort|cohorts|advertiser|advertisers|category|categories|locale|locales|city|cities|demographic|demographics"],
        ],
        "accuracy-vs-diversity": [
            "diversity, novelty, freshness": ["mix|variety|vary|spread|diverse|different + topics|creators|categories|genres|sources|sellers|authors|channels",
                                              "cap|limit|max|most + per|same + creator|author|seller|topic|category|channel|artist",
                                              "duplicate|duplicates|dedupe|deduplicate|deduplicated + remove|removed|filter|filtered|drop|dropped|collapse|collapsed|cap"],
        ],
        "batch-vs-online-prediction": [
            "batch prediction": ["ahead|advance|beforehand|overnight|nightly|precompute|precomputed|offline + score|scores|scored|predict|predicted|prediction|predictions|compute|computed|rank|ranked|recommendation|recommendations|list|lists|result|results",
                                 "store|stored|cache|cached|save|saved|lookup|table + score|scores|prediction|predictions|list|lists|result|results|recommendation|recommendations|top"],
            "online prediction": ["live|fresh|demand + score|scored|scoring|predict|predicted|compute|computed|rank|ranked|inference",
                                  "score|scored|scoring|predict|predicted|compute|computed|rank|ranked|run|inference + per|each|every|at|when + request|requests|query|queries|visit|call|open|opens|load|impression|arrive|arrives"],
        ],
        "exact-vs-approximate-nn": [
            "exact kNN": ["compare|compared|scan|scanned|check|checked|score|scored + every|all|each|whole + vector|vectors|item|items|image|images|embedding|embeddings|catalogue|catalog|candidate|candidates"],
            "approximate nearest neighbour": ["approximate|approximately|approx + neighbour|neighbor|neighbours|neighbors|nearest|match|matches|search|result|results"],
        ],
        "ann-index-choice": [
            "HNSW graph": ["graph + index|search|layer|layers|hop|hops"],
            "IVF with product quantisation": ["cluster|clusters|centroid|centroids|cell|cells|partition|partitions + index|probe|probed|search|nearest",
                                              "compress|compressed|code|codes|bytes + vector|vectors|embedding|embeddings"],
            "LSH": ["hash|hashed|hashing|bucket|buckets + vector|vectors|similar|signature|signatures"],
        ],
        "cloud-vs-on-device": [
            "on-device": ["phone|phones|handset|browser|locally|client + run|runs|inference|model|score|scored|process|processed|stays"],
            "cloud serving": ["server|servers|datacenter|backend + run|runs|inference|send|sent|upload|uploaded|process|processed"],
        ],
        "compression-technique": [
            "distillation": ["student|teacher + mimic|mimics|copy|copies|learn|learns|trained|imitate|imitates|teacher|student"],
            "pruning": ["remove|removed|drop|dropped|cut + weights|neurons|connections|channels|heads"],
            "quantisation": ["bit|bits|integer|integers|precision + weight|weights|number|numbers|store|stored|float|floats"],
        ],
        "rollout-strategy": [
            "shadow deployment": ["run|runs|running|serve|serving|score|scoring|old|new + side + side",
                                  "silently|silent|alongside|beside|parallel|dark + live|current|production|existing|model|traffic|copy|run|runs|score|scores|scoring",
                                  "without + acting|serving|served|affecting|showing|shown|used|action|effect + score|scores|scoring|run|runs|predict|predicts"],
            "canary": ["ramp|ramped|gradually|widen|widened|expand|expanded + traffic|share|percent|users|everyone|rollout|slice|#pct"],
            "A/B rollout": ["control|holdout + group|groups|slice|traffic|arm|arms"],
        ],
        "precomputed-index-vs-on-request": [
            "precomputed index": ["ahead|advance|beforehand|offline|nightly|overnight|upfront|precompute|precomputed + index|embedding|embeddings|vector|vectors|table|list|neighbour|neighbours|neighbors|candidates|encode|encoded"],
            "compute on request": ["query|request|upload|fly + encode|encoded|compute|computed|embed|embedded|run|time"],
        ],
        "candidate-count-vs-latency": [
            "more candidates": ["more|larger|bigger|wider|raise|increase + candidates|pool|shortlist"],
            "lower latency": ["fewer|smaller|cap|capped|limit|limited|trim|reduce + candidates|pool|shortlist",
                              "fit|fits|squeeze + #ms|budget|deadline",
                              "break|breaks|exceed|exceeds|blow|bust + budget|deadline|#ms"],
        ],
        "rule-vs-learned-reranking": [
            "rule-based re-ranking": ["filter|filters|filtered + remove|removed|drop|dropped|private|unsafe|banned|blocked",
                                      "rule|rules|hand|fixed|business|hard + filter|filters|constraint|constraints|cap|caps|boost|boosts|demote|dedupe|reorder|adjust|coded|written"],
        ],
        "auto-action-vs-human-review": [
            "automatic action": ["automatically|auto|instantly|immediately|straight + remove|removed|block|blocked|decline|declined|delete|deleted|taken|ban|banned"],
            "soft action": ["demote|demoted|downrank|downranked|reduce|reduced|limit|limited + reach|distribution|visibility|ranking",
                            "step + up|verification|challenge"],
            "human review": ["send|sent|route|routed|queue|queued|escalate|escalated|pass|passed + review|reviewer|reviewers|human|humans|analyst|analysts|moderator|moderators|agent|agents"],
        ],
        "explore-vs-exploit": [
            "exploration": ["new|fresh|unseen|unknown|untested + item|items|ad|ads|video|videos|event|events|post|posts|listing|listings|product|products + slot|slots|showing|showings|impression|impressions|exposure|traffic|chance|boost|share",
                            "random|randomness|randomly + slot|slots|exposure|traffic|share|showing|showings|impressions|pick|chosen"],
        ],
        "cache-vs-freshness": [
            "cache with TTL": ["cache|cached|caching|reuse|reused + minute|minutes|hour|hours|day|seconds|expire|expires|expiry|ttl|stale|result|results|answer|answers"],
            "always fresh": ["never + cache|cached|stale|reuse|reused"],
        ],
        "retraining-trigger": [
            "scheduled retraining": ["retrain|retrained|retraining|refresh|refreshed|rebuild|rebuilt + daily|nightly|weekly|monthly|hourly|schedule|scheduled|cron|calendar",
                                     "every|each|once + day|night|week|hour|month + retrain|retrained|train|trained|update|updated|refresh|rebuild"],
            "drift-triggered": ["retrain|retrained|retraining|update|refresh + drift|drifts|drop|drops|degrade|degrades|shift|shifts|worse|falls|threshold|alarm|alert"],
            "continuous retraining": ["continuous|continuously|constantly|incremental|incrementally|streaming + train|trained|training|update|updated|learn|learning|retrain"],
        ],
        "input-drift-vs-labelled-performance": [
            "monitor inputs and predictions": ["watch|monitor|monitored|track|tracked|alert|compare + input|inputs|feature|features|distribution|distributions|prediction|predictions|predicted|score|scores"],
            "monitor labelled accuracy": ["once|when|after + label|labels|outcome|outcomes|chargeback|chargebacks + arrive|arrives|land|lands|mature|matured|known|come|comes"],
        ],
        "delayed-feedback-handling": [
            "wait for labels": ["wait|waiting|waits + label|labels|window|days|chargeback|chargebacks|mature|matured|settle|outcome|final"],
            "treat as negative then correct": ["correct|corrected|fix|fixed|flip|flipped|amend|amended|add|added + later|back|arrive|arrives|late|comes"],
        ],
        "exploitation-vs-randomised-logging": [
            "randomised, position-aware logging": ["random|randomly|randomized|shuffle|shuffled|swap|swapped + position|positions|order|slot|slots|top",
                                                   "position|positions + bias|effect|correct|correction|propensity|aware|feature"],
        ],
        "alert-sensitivity": [
            "sensitive alerts": ["page|alert|alarm|wake + small|any|early|slight|every"],
            "quiet alerts": ["page|alert|alarm + sustained|persist|persists|persistent|severe|big|large|real"],
        ],
        "active-learning-vs-auto-labelling": [
            "human in the loop": ["send|sent|route|routed|queue|queued + rater|raters|annotator|annotators|labeller|labellers|labeler|labelers|labelling|labeling",
                                  "uncertain|unsure|borderline|doubtful|ambiguous|hardest|confusing + review|reviewer|reviewers|human|humans|label|labels|annotator|annotators|moderator|moderators|send|sent|queue|queued"],
            "automatic labelling": ["confident|confidence + label|labels|auto|automatically|accept|accepted"],
        ],
        "feature-store-vs-adhoc": [
            "shared feature store": ["shared|same|single|central|common + store|repository|registry|pipeline|definition|definitions|code|logic"],
            "ad-hoc pipelines": ["separate|own|different|duplicate|duplicated|custom|rewritten|reimplemented + pipeline|pipelines|code|logic|job|jobs|script|scripts"],
        ],
        "rag-vs-finetune-vs-long-context": [
            "retrieval-augmented": ["retrieve|retrieved|fetch|fetched|look|search|searched + passage|passages|chunk|chunks|document|documents|context|snippet|snippets"],
            "long context window": ["whole|entire|all|full + document|documents|manual|manuals|corpus + prompt|context|window|paste|pasted|stuff|stuffed"],
        ],
        "chunk-size": [
            "overlapping, structure-aware chunks": ["overlap|overlapping|heading|headings|section|sections|structure|boundaries|paragraph|paragraphs + chunk|chunks|split|passage|passages"],
        ],
        "ttft-vs-total-latency": [
            "stream tokens": ["stream|streamed|streaming|first + token|tokens|word|words"],
        ],
        "llm-size-vs-cost-per-request": [
            "small or self-hosted model": ["small|smaller|open|self + model|llm|weights|hosted"],
            "large hosted LLM": ["large|largest|frontier|hosted|vendor|provider + model|llm|api"],
        ],
        "grounded-citation-vs-free-generation": [
            "answers constrained to cited sources": ["cite|cites|cited|citation|citations|quote|quotes|source|sources + answer|answers|passage|passages|claim|claims|sentence|every",
                                                     "only|refuse|refuses|decline|declines + retrieved|sources|context|passages"],
        ],
        "llm-judge-vs-human-eval": [
            "LLM-as-judge": ["model|llm|gpt + grade|grades|graded|judge|judges|judged|rate|rates|rated|evaluate|evaluates"],
            "human evaluation": ["people|humans|human|expert|experts|rater|raters|annotator|annotators|reviewer|reviewers + grade|graded|judge|judged|rate|rated|evaluate|read|review|reviewed + answer|answers|sample|samples|response|responses"],
        ],
        "eta-point-vs-interval": [
            "prediction interval or quantiles": ["range|interval|band|spread|uncertainty|percentile|quantile + eta|arrival|estimate|minutes|show|shown|display|between"],
            "point estimate": ["single|exact|point + number|estimate|minute|eta"],
        ],
        "routing-engine-vs-learned-eta": [
            "routing engine heuristic": ["map|routing|route|router|graph|distance|speed + estimate|eta|travel|base|baseline"],
            "learned ETA model": ["correct|correction|corrections|residual|adjust|adjusts|adjustment + estimate|eta|error|route|engine|routing"],
        ],
        "cnn-vs-vision-transformer": [
            "CNN": ["convolution|convolutional|conv|filters|kernel|kernels + network|layers|net|backbone"],
            "vision transformer": ["patch|patches|attention|transformer + image|images|vision|visual"],
        ],
        "label-noise-handling": [
            "clean labels by relabelling": ["relabel|relabelled|relabeled|second|double|another|audit|audited + label|labels|annotation|annotations|pass|rater|review|look"],
            "tolerate noise": ["noise|noisy|mistake|mistakes|wrong|error|errors + robust|tolerate|tolerant|ignore|despite|survive|tolerates|average|averages"],
        ],
    ]

    /// The concepts of side `label` of trade-off `id`, each as groups of alternative words.
    static func concepts(tradeoff id: String, side label: String) -> [[[String]]] {
        (table[id]?[label] ?? []).map { concept in
            concept.split(separator: "+").map { group in
                group.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
        }
    }
}
