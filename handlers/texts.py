"""The bot's own words, in Vietnamese and English (plain text; ``render`` escapes them)."""

from __future__ import annotations

from knowledge.schema import Lang

_TEXTS: dict[str, tuple[str, str]] = {
    "welcome": (
        "Xin chào! Mình trả lời, kèm nguồn, các câu hỏi về Việt Nam và Liên hợp quốc, Tổng đài 111 "
        "bảo vệ trẻ em và phòng, chống mua bán người. Hãy gõ câu hỏi của bạn, hoặc chọn một chủ đề.",
        "Hello! I answer, with sources, questions about Viet Nam and the United Nations, child protection "
        "hotline 111 and the fight against human trafficking. Type your question, or pick a topic.",
    ),
    "help": (
        "Gõ câu hỏi bằng tiếng Việt hoặc tiếng Anh, mình sẽ trả lời kèm nguồn.\n"
        "/topics – các chủ đề và câu hỏi\n"
        "/hotline – Tổng đài 111 và số khẩn cấp\n"
        "/sources – các tài liệu nguồn\n"
        "/lang – chọn ngôn ngữ (tiếng Việt / English)\n"
        "/ask câu hỏi – hỏi trong nhóm (hoặc nhắc tên mình, hoặc trả lời tin của mình)\n"
        "Trong bất kỳ cuộc trò chuyện nào, gõ @{bot} và câu hỏi để gửi câu trả lời.",
        "Type a question in Vietnamese or English and I will answer it with its source.\n"
        "/topics – topics and their questions\n"
        "/hotline – hotline 111 and emergency numbers\n"
        "/sources – the source documents\n"
        "/lang – choose a language (tiếng Việt / English)\n"
        "/ask question – ask in a group (or mention me, or reply to my message)\n"
        "In any chat, type @{bot} and a question to send an answer there.",
    ),
    "topics_title": ("Chọn một chủ đề:", "Pick a topic:"),
    "topics_button": ("📚 Các chủ đề", "📚 Topics"),
    "back_to_topics": ("« Chủ đề", "« Topics"),
    "previous": ("‹ Trước", "‹ Previous"),
    "next": ("Tiếp ›", "Next ›"),
    "source_label": ("Nguồn", "Source"),
    "sources_title": ("Các tài liệu mình dùng để trả lời:", "The documents my answers come from:"),
    "link": ("liên kết", "link"),
    "you_asked": ("Bạn hỏi", "You asked"),
    "hotline_hint": ("Cần giúp ngay? Gõ /hotline.", "Need help now? Type /hotline."),
    "original": ("Nguyên văn tiếng Việt:", "In the Vietnamese source:"),
    "group_decline": (
        "Xin lỗi, câu này mình chưa có câu trả lời. Gõ /topics để xem các chủ đề, /hotline nếu cần giúp đỡ.",
        "Sorry, I have no answer to that. Type /topics to see the topics, /hotline if you need help.",
    ),
    "type_your_question": (
        "Mình chỉ đọc được chữ. Bạn hãy gõ câu hỏi nhé, ví dụ: \"Tổng đài 111 là gì?\"",
        "I can only read text. Please type your question, for example: \"What is hotline 111?\"",
    ),
    "ask_usage": (
        "Hãy viết câu hỏi sau lệnh, ví dụ: /ask Tổng đài 111 là gì?",
        "Write the question after the command, for example: /ask What is hotline 111?",
    ),
    "mention_usage": (
        "Bạn muốn hỏi gì? Hãy viết câu hỏi sau tên mình.",
        "What would you like to ask? Write the question after my name.",
    ),
    "feedback_thanks": ("Cảm ơn bạn đã góp ý!", "Thank you for the feedback!"),
    "stale_button": (
        "Nút này đã cũ hoặc không hợp lệ. Hãy gõ lại câu hỏi nhé.",
        "This button is out of date or not valid. Please type your question again.",
    ),
    "gone": (
        "Câu hỏi này không còn trong bộ dữ liệu. Hãy gõ lại câu hỏi nhé.",
        "This question is no longer in the knowledge base. Please type it again.",
    ),
    "choose_language": ("Chọn ngôn ngữ:", "Choose a language:"),
    "language_set": ("Mình sẽ trả lời bằng tiếng Việt.", "I will answer in English."),
    "slow_down": (
        "Bạn gửi hơi nhanh. Vui lòng chờ một phút rồi hỏi tiếp nhé.",
        "You are sending messages a bit fast. Please wait a minute before asking again.",
    ),
    "slow_down_short": ("Chậm lại chút nhé, thử lại sau một phút", "Slow down, try again in a minute"),
    "not_allowed": ("Bạn không có quyền dùng lệnh này.", "You are not allowed to use this command."),
    "reload_ok": ("Đã nạp lại bộ dữ liệu.", "Knowledge base reloaded."),
    "reload_failed": (
        "Không nạp lại được, phiên bản cũ vẫn đang phục vụ.",
        "Reload failed; the old version is still serving.",
    ),
    "forget_confirm": (
        "Xóa mọi thứ mình lưu về bạn (câu hỏi, kết quả, ngôn ngữ đã chọn)? Không thể hoàn tác.",
        "Delete everything kept about you (questions, outcomes, chosen language)? This cannot be undone.",
    ),
    "forget_yes": ("🗑 Xóa hết", "🗑 Delete all"),
    "forget_no": ("Thôi, giữ lại", "No, keep it"),
    "forgotten": (
        "Đã xóa mọi thứ mình lưu về bạn ({count} mục).",
        "Everything kept about you has been deleted ({count} records).",
    ),
    "forget_later": (
        "Cơ sở dữ liệu tạm thời không trả lời. Yêu cầu xóa đã được ghi nhận và sẽ được thực hiện ngay khi "
        "nó hoạt động lại.",
        "The database is not answering right now. Your request is queued and everything will be deleted "
        "as soon as it is back.",
    ),
    "records_unavailable": (
        "Cơ sở dữ liệu tạm thời không trả lời; thử lại sau ít phút.",
        "The database is not answering right now; try again in a few minutes.",
    ),
    "forget_cancelled": ("Đã hủy, không xóa gì cả.", "Cancelled; nothing was deleted."),
    "review_more": (
        "Danh sách đầy đủ: python -m bot review. Ghi các câu đã học: python -m bot review --write FILE.",
        "Full lists: python -m bot review. To write what was learned: python -m bot review --write FILE.",
    ),
    "inline_private": ("Hỏi riêng với bot", "Ask the bot privately"),
    "hotline_title": ("Tổng đài 111 – bảo vệ trẻ em", "Hotline 111 – child protection"),
}

LANGUAGE_NAMES: dict[Lang, str] = {"vi": "🇻🇳 Tiếng Việt", "en": "🇬🇧 English"}


def text(key: str, lang: Lang) -> str:
    vi, en = _TEXTS[key]
    return vi if lang == "vi" else en
