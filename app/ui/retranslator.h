#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace gm::ui {

/// Keeps the texts of objects built in code (menus, actions, labels) in the current language.
/// Each binding names an object, a string property and a source text marked with QT_TR_NOOP in
/// the owner's translation context; apply() sets it now and retranslate() sets it again after the
/// language changed (QEvent::LanguageChange). Bindings to objects that are gone are skipped.
class Retranslator
{
public:
    /// `context`: the owner's class name as tr() uses it (metaObject()->className()).
    explicit Retranslator(const char *context)
        : mContext(context)
    {}

    /// Binds `property` of `target` (text, title, toolTip, statusTip, windowTitle, …) to `source`.
    template<class T>
    T *bind(T *target, const char *source, const char *property = "text")
    {
        add(target, property, source);
        return target;
    }
    /// Runs `apply` now and after every language change while `guard` lives: for texts with
    /// arguments or that depend on state.
    void call(QObject *guard, std::function<void()> apply);

    /// The translation of `source` in this context.
    QString translate(const char *source) const;
    /// Sets every bound text again in the current language.
    void retranslate();

private:
    struct Entry
    {
        QPointer<QObject> target;
        QByteArray property;
        const char *source = nullptr;
        std::function<void()> apply;
    };
    void add(QObject *target, const char *property, const char *source);
    void set(const Entry &e) const;

    const char *mContext;
    std::vector<Entry> mEntries;
};

} // namespace gm::ui
