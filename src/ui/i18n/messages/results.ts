export const resultsEn = {
  'results.parts': 'Show rows from',
  'results.part.train': 'Training',
  'results.part.validation': 'Validation',
  'results.part.test': 'Test',
  'results.shownOf': 'Showing {shown} of {total} points',
  'results.tooltip.row': 'Row {row}',
  'results.tooltip.actual': 'Actual',
  'results.tooltip.predicted': 'Predicted',
  'results.tooltip.residual': 'Residual',
  'results.computing': 'Computing charts…',
  'results.error': 'The charts could not be computed: {message}',
  'results.diagnostics': 'How well the predictions fit',
  'results.actualPredicted': 'Actual vs predicted',
  'results.actualPredicted.desc':
    'Scatter plot of actual against predicted values for {shown} of {total} rows. Points on the dashed diagonal were predicted exactly.',
  'results.residuals': 'Residuals vs predicted',
  'results.residuals.desc':
    'Scatter plot of the error (actual minus predicted) against the predicted value for {shown} of {total} rows, with a smoothed trend line. A flat band around zero means no pattern was missed.',
  'results.trend': 'Trend',
  'results.histogram': 'Distribution of residuals',
  'results.histogram.desc':
    'Histogram of the errors of all {total} rows in {bins} bins (mean {mean}, standard deviation {std}), with the matching normal curve.',
  'results.rowsAxis': 'Rows',
  'results.normalCurve': 'Normal curve',
  'results.qq': 'Normal Q-Q plot',
  'results.qq.desc':
    'Standardised residuals against normal quantiles for {shown} of {total} rows. Points on the dashed diagonal mean normally distributed errors.',
  'results.qq.theoretical': 'Normal quantile',
  'results.qq.sample': 'Standardised residual',
  'results.fit.feature': 'Draw against',
  'results.fit.computing': 'Drawing…',
  'results.fit.title': '{target} against {column}',
  'results.fit.probabilityOf': 'Probability of “{class}”',
  'results.fit.band': '95% confidence band',
  'results.fit.curve.line': 'Regression line',
  'results.fit.curve.partial-dependence': 'Average prediction',
  'results.fit.curve.probability': 'Average predicted probability',
  'results.fit.desc.line':
    'Scatter plot of {target} against {column} for {shown} rows, with the fitted regression line and its 95% confidence band.',
  'results.fit.desc.partial-dependence':
    'Scatter plot of {target} against {column} for {shown} rows, with the model’s average prediction as {column} varies and the other columns stay as observed.',
  'results.fit.desc.probability':
    'Rows of each class against {column} ({shown} rows), with the model’s average predicted probability as {column} varies.',
  'results.importance': 'What matters most',
  'results.importance.desc':
    'Bar chart of how much each of {count} columns matters to the model; the most important is {top}.',
  'results.importance.note':
    'Drop in {metric} when a column is shuffled, on {rows} {part} rows, averaged over {repeats} shuffles (error bars: ± 1 standard deviation).',
  'results.importance.axis': 'Drop in {metric}',
  'results.importance.accuracy': 'accuracy',
  'results.importance.mean': 'Mean drop',
  'results.importance.std': 'Standard deviation',
  'results.coef.title': 'Coefficients with 95% confidence intervals',
  'results.coef.titleLogOdds': 'Coefficients (log-odds) with 95% confidence intervals',
  'results.coef.desc':
    'Bar chart of {count} coefficient estimates with their 95% confidence intervals; intervals crossing zero mean the effect could be nothing.',
  'results.coef.axis': 'Change per unit of the feature',
  'results.coef.class': 'Class',
  'results.coef.estimate': 'Estimate',
  'results.coef.ci': '95% interval',
  'results.comparison': 'Model comparison',
  'results.comparison.caption': 'Metrics on {split}; click a column header to sort.',
  'results.comparison.best': '(best)',
  'results.comparison.chart': '{metric} by model',
  'results.comparison.chartDesc': 'Bar chart of {metric} for {count} models; the best is green.',
  'results.comparison.baseline': 'naive baseline',
  'results.summary.title': 'In plain words',
  'results.summary.drivers': 'What drives the prediction',
  'results.summary.warnings': 'Worth checking',
  'results.summary.paragraph': '{intro} {metric}',
  'results.summary.intro': 'The model predicts {target}.',
  'results.summary.where.heldOut': 'On {n} unseen rows',
  'results.summary.where.heldOutNoCount': 'On unseen rows',
  'results.summary.where.train':
    'On the {n} rows it was trained on (none were held out, so this is optimistic)',
  'results.summary.where.trainNoCount':
    'On the rows it was trained on (none were held out, so this is optimistic)',
  'results.summary.r2':
    '{where} it explains {value}% of the variation in {target} (always predicting the average explains about {baseline}%).',
  'results.summary.rmse':
    '{where} its predictions are typically off by {value} (RMSE; always predicting the average: {baseline}).',
  'results.summary.auc':
    '{where} it ranks a random “{positive}” row above a random other row {value}% of the time (a coin flip manages 50%).',
  'results.summary.aucMulti':
    '{where} it tells each class apart from the rest {value}% of the time on average (ROC AUC; a coin flip manages 50%).',
  'results.summary.accuracy':
    '{where} it picks the right class {value}% of the time (always guessing the most common class: {baseline}%).',
  'results.summary.modelledClass': 'the modelled class',
  'results.summary.driver': '{subject} {change}',
  'results.summary.subject.perStep': 'Each extra {step} in {column}',
  'results.summary.subject.level': '{column} = {level} (against the reference level)',
  'results.summary.subject.higher': 'Higher {column}',
  'results.summary.change.add': 'adds about {effect} to {target}.',
  'results.summary.change.lower': 'lowers {target} by about {effect}.',
  'results.summary.change.raise': 'tends to raise {target}.',
  'results.summary.change.reduce': 'tends to lower {target}.',
  'results.summary.change.oddsUp': 'raises the odds of “{class}” by about {percent}%.',
  'results.summary.change.oddsDown': 'lowers the odds of “{class}” by about {percent}%.',
  'results.summary.change.oddsFold': 'multiplies the odds of “{class}” by about {factor}.',
  'results.summary.change.oddsUpVersus':
    'raises the odds of “{class}” over “{versus}” by about {percent}%.',
  'results.summary.change.oddsDownVersus':
    'lowers the odds of “{class}” over “{versus}” by about {percent}%.',
  'results.summary.change.oddsFoldVersus':
    'multiplies the odds of “{class}” over “{versus}” by about {factor}.',
  'results.summary.change.likelier': 'tends to make “{class}” more likely.',
  'results.summary.change.rarer': 'tends to make “{class}” less likely.',
  'results.summary.warning.heteroscedastic':
    'The size of the errors changes with the prediction (Breusch–Pagan test, p = {p}). Error ranges and p-values may be too optimistic; a log scale for {target} often helps.',
  'results.summary.warning.high-leverage-outliers':
    '{count} training rows are unusual and pull the model strongly; check them for typos.',
  'results.summary.warning.large-residuals':
    '{count} training rows have unusually large errors; check them for typos.',
  'results.summary.warning.rowsList': '(Rows {rows}.)',
  'results.summary.warning.withRows': '{text} {rows}',
  'results.summary.warning.collinearity':
    '{columns} largely overlap each other (VIF up to {vif}), so their separate effects are unreliable; their combined effect is fine.',
  'results.summary.warning.leakage-suspect':
    '{column} alone predicts {target} almost perfectly (score {score}%). It may hold the answer itself (something known only afterwards); consider leaving it out.',
  'results.summary.warning.weak-model':
    'The model does no better than the naive baseline, so its predictions are not worth acting on yet.',
  'results.summary.warning.small-test-set':
    'Only {rows} rows were held out for testing (fewer than {minimum}), so the numbers above could easily change.',
  'results.summary.warning.nothing-held-out':
    'No rows were held out, so the numbers above describe the training data and are optimistic.',
};

export const resultsZh: Record<keyof typeof resultsEn, string> = {
  'results.parts': '显示以下部分的行',
  'results.part.train': '训练集',
  'results.part.validation': '验证集',
  'results.part.test': '测试集',
  'results.shownOf': '显示 {shown} / {total} 个点',
  'results.tooltip.row': '第 {row} 行',
  'results.tooltip.actual': '实际值',
  'results.tooltip.predicted': '预测值',
  'results.tooltip.residual': '残差',
  'results.computing': '正在计算图表…',
  'results.error': '无法计算图表：{message}',
  'results.diagnostics': '预测的拟合程度',
  'results.actualPredicted': '实际值与预测值',
  'results.actualPredicted.desc':
    '{total} 行中 {shown} 行的实际值与预测值散点图。落在虚线对角线上的点表示预测完全准确。',
  'results.residuals': '残差与预测值',
  'results.residuals.desc':
    '{total} 行中 {shown} 行的误差（实际值减预测值）与预测值的散点图，附平滑趋势线。若点均匀分布在零附近，说明模型没有遗漏规律。',
  'results.trend': '趋势',
  'results.histogram': '残差分布',
  'results.histogram.desc':
    '全部 {total} 行误差的直方图，共 {bins} 个区间（均值 {mean}，标准差 {std}），并附对应的正态曲线。',
  'results.rowsAxis': '行数',
  'results.normalCurve': '正态曲线',
  'results.qq': '正态 Q-Q 图',
  'results.qq.desc':
    '{total} 行中 {shown} 行的标准化残差与正态分位数的对比。点落在虚线对角线上表示误差服从正态分布。',
  'results.qq.theoretical': '正态分位数',
  'results.qq.sample': '标准化残差',
  'results.fit.feature': '横轴特征',
  'results.fit.computing': '正在绘制…',
  'results.fit.title': '{target} 与 {column}',
  'results.fit.probabilityOf': '“{class}”的概率',
  'results.fit.band': '95% 置信带',
  'results.fit.curve.line': '回归直线',
  'results.fit.curve.partial-dependence': '平均预测值',
  'results.fit.curve.probability': '平均预测概率',
  'results.fit.desc.line':
    '{shown} 行数据中 {target} 与 {column} 的散点图，附拟合的回归直线及其 95% 置信带。',
  'results.fit.desc.partial-dependence':
    '{shown} 行数据中 {target} 与 {column} 的散点图，附模型在 {column} 变化、其他列保持原值时的平均预测值。',
  'results.fit.desc.probability':
    '各类别的行与 {column} 的关系（{shown} 行），附模型在 {column} 变化时的平均预测概率。',
  'results.importance': '哪些因素最重要',
  'results.importance.desc': '{count} 列对模型重要程度的条形图；最重要的是 {top}。',
  'results.importance.note':
    '打乱某一列后 {metric} 的下降幅度，基于 {rows} 行{part}数据，取 {repeats} 次打乱的平均值（误差线：± 1 个标准差）。',
  'results.importance.axis': '{metric} 的下降幅度',
  'results.importance.accuracy': '准确率',
  'results.importance.mean': '平均下降',
  'results.importance.std': '标准差',
  'results.coef.title': '系数及其 95% 置信区间',
  'results.coef.titleLogOdds': '系数（对数几率）及其 95% 置信区间',
  'results.coef.desc':
    '{count} 个系数估计值及其 95% 置信区间的条形图；区间跨过零表示该影响可能并不存在。',
  'results.coef.axis': '特征每增加一个单位的变化',
  'results.coef.class': '类别',
  'results.coef.estimate': '估计值',
  'results.coef.ci': '95% 区间',
  'results.comparison': '模型比较',
  'results.comparison.caption': '基于{split}的指标；点击列标题可排序。',
  'results.comparison.best': '（最佳）',
  'results.comparison.chart': '各模型的 {metric}',
  'results.comparison.chartDesc': '{count} 个模型 {metric} 的条形图；最佳模型显示为绿色。',
  'results.comparison.baseline': '朴素基线',
  'results.summary.title': '通俗解读',
  'results.summary.drivers': '影响预测的主要因素',
  'results.summary.warnings': '值得注意',
  'results.summary.paragraph': '{intro}{metric}',
  'results.summary.intro': '该模型预测“{target}”。',
  'results.summary.where.heldOut': '在 {n} 行模型未见过的数据上，',
  'results.summary.where.heldOutNoCount': '在模型未见过的数据上，',
  'results.summary.where.train': '在用于训练的 {n} 行数据上（没有留出数据，因此结果偏乐观），',
  'results.summary.where.trainNoCount': '在用于训练的数据上（没有留出数据，因此结果偏乐观），',
  'results.summary.r2':
    '{where}它解释了“{target}”变化的 {value}%（始终预测平均值约能解释 {baseline}%）。',
  'results.summary.rmse': '{where}预测的典型误差为 {value}（RMSE；始终预测平均值：{baseline}）。',
  'results.summary.auc':
    '{where}随机取一行“{positive}”和一行其他类别，模型有 {value}% 的概率把前者排得更靠前（随机猜测为 50%）。',
  'results.summary.aucMulti':
    '{where}模型平均有 {value}% 的概率把每个类别与其余类别区分开（ROC AUC；随机猜测为 50%）。',
  'results.summary.accuracy':
    '{where}模型预测正确的比例为 {value}%（始终猜最常见的类别：{baseline}%）。',
  'results.summary.modelledClass': '所建模的类别',
  'results.summary.driver': '{subject}{change}',
  'results.summary.subject.perStep': '“{column}”每增加 {step}，',
  'results.summary.subject.level': '“{column}”为“{level}”时（相对于参照水平），',
  'results.summary.subject.higher': '“{column}”越高，',
  'results.summary.change.add': '“{target}”约增加 {effect}。',
  'results.summary.change.lower': '“{target}”约减少 {effect}。',
  'results.summary.change.raise': '“{target}”往往越高。',
  'results.summary.change.reduce': '“{target}”往往越低。',
  'results.summary.change.oddsUp': '“{class}”的几率约提高 {percent}%。',
  'results.summary.change.oddsDown': '“{class}”的几率约降低 {percent}%。',
  'results.summary.change.oddsFold': '“{class}”的几率约变为原来的 {factor} 倍。',
  'results.summary.change.oddsUpVersus': '“{class}”相对于“{versus}”的几率约提高 {percent}%。',
  'results.summary.change.oddsDownVersus': '“{class}”相对于“{versus}”的几率约降低 {percent}%。',
  'results.summary.change.oddsFoldVersus':
    '“{class}”相对于“{versus}”的几率约变为原来的 {factor} 倍。',
  'results.summary.change.likelier': '“{class}”往往更可能出现。',
  'results.summary.change.rarer': '“{class}”往往更不可能出现。',
  'results.summary.warning.heteroscedastic':
    '误差大小随预测值变化（Breusch–Pagan 检验，p = {p}）。误差范围和 p 值可能过于乐观；对“{target}”取对数通常有帮助。',
  'results.summary.warning.high-leverage-outliers':
    '有 {count} 行训练数据很不寻常，对模型影响很大；请检查是否有录入错误。',
  'results.summary.warning.large-residuals':
    '有 {count} 行训练数据的误差异常大；请检查是否有录入错误。',
  'results.summary.warning.rowsList': '（第 {rows} 行。）',
  'results.summary.warning.withRows': '{text}{rows}',
  'results.summary.warning.collinearity':
    '{columns} 彼此高度重叠（VIF 最高达 {vif}），因此它们各自的影响不可靠，但合起来的影响没有问题。',
  'results.summary.warning.leakage-suspect':
    '仅凭“{column}”一列就几乎能完美预测“{target}”（得分 {score}%）。它可能本身就包含答案（事后才知道的信息）；建议将其排除。',
  'results.summary.warning.weak-model': '该模型并不比朴素基线更好，其预测暂时不值得据此行动。',
  'results.summary.warning.small-test-set':
    '只留出了 {rows} 行用于测试（少于 {minimum} 行），以上数字可能会有较大变动。',
  'results.summary.warning.nothing-held-out':
    '没有留出任何数据，以上数字描述的是训练数据，结果偏乐观。',
};
